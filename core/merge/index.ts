/**
 * From one town to a region and the country: several workbooks computed as one
 * (combineWorkbooks) and municipalities' result files merged into a region's totals
 * (mergeResults), with the region's sheet for `pedmonitor merge --xlsx`. Pure, like the rest of
 * the core; the command line does the files.
 */
export { combineWorkbooks, prefixedName, type CombinedWorkbook, type Renamed, type SourceWorkbook } from './combine';
export { isMergeable, isRegionJson, mergeFigures, mergeResults, MERGE_MSG, type MergeInput, type RegionCriterion, type RegionJson, type RegionPart } from './merge';
export { buildRegionSheet, REGION_SHEET } from './sheet';
