/**
 * The example's survey, shipped with the app: a copy of the handbook's
 * preschool survey fixture (test/fixtures/survey-forskola-wide.csv; a test
 * keeps the two the same). Its own chunk, loaded only when an example is made.
 */
export { default as exampleSurveyCsv } from './forskolan-solrosen.csv?raw';
