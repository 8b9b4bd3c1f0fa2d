/** Model identity written into every results file (model.md §Outputs). Bump on any change of results. */
export const MODEL_NAME = 'socialomraadet-abm';
export const MODEL_VERSION = '0.1.0';
