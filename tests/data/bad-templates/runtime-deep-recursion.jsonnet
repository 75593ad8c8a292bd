function(ctx)
  local depth(n) = 1 + depth(n + 1);
  { n: depth(0) }
