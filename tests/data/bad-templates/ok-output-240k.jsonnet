function(ctx)
  local grow(s, n) = if n == 0 then s else grow(s + s, n - 1);
  { message: { html: grow('0123456789abcdef', 13) + grow('0123456789abcdef', 12) + grow('0123456789abcdef', 11) + grow('0123456789abcdef', 10) } }
