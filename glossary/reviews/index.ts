/**
 * Every entry's review record, by entry id: what was checked, against which page, and when. The
 * glossary tests hold each entry to its record (its `reviewed` date is the record's date, and it
 * cites exactly the pages the record checked). Only tests import this: the extension never ships it.
 */
import type { ReviewRecord } from '../types';
import { bodyReviews } from './body';
import { biomarkersReviews } from './biomarkers';
import { conditionsReviews } from './conditions';
import { generalReviews } from './general';
import { medicinesReviews } from './medicines';
import { riskReviews } from './risk';
import { symptomsReviews } from './symptoms';
import { testsReviews } from './tests';
import { treatmentsReviews } from './treatments';

export const reviewRecords: Readonly<Record<string, ReviewRecord>> = {
  ...symptomsReviews,
  ...bodyReviews,
  ...conditionsReviews,
  ...generalReviews,
  ...testsReviews,
  ...treatmentsReviews,
  ...medicinesReviews,
  ...biomarkersReviews,
  ...riskReviews,
};
