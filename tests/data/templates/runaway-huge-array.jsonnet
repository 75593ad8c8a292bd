// A billion-element array, as in std.range(1, 1e9): stopped by the memory cap or the 1 s limit.
function(ctx) { n: std.length(std.range(1, 1e9)) }
