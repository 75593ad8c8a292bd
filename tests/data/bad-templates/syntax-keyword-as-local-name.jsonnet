function(ctx)
  local if = 1;
  { a: if }
