/** Version of the simulation engine written into every results file (equal to package.json's version). */
export const ENGINE_VERSION = "0.1.0";
