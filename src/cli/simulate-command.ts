export function simulateCommand(){return 0}
