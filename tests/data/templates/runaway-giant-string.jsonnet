// Doubles a string 40 times (a trillion characters): stopped by the memory cap or the 1 s limit.
local grow(s, n) = if n == 0 then s else grow(s + s, n - 1) tailstrict;
function(ctx) { n: std.length(grow('x', 40)) }
