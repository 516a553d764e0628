export function solveFeeCommand(){return 0}
