// Runs forever without growing the stack (tailstrict): only the 1 s limit stops it.
local spin(n) = spin(n + 1) tailstrict;
function(ctx) { n: spin(0) }
