/** The model's name and version for the pages (routes may not import models/ directly). */
export { MODEL_NAME, MODEL_VERSION } from '../../../../models/index';
