function(ctx)
  local spin(n) = spin(n + 1) tailstrict;
  { a: spin(0) }
