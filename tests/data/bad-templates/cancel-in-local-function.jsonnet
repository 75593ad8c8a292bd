function(ctx)
  local skip() = error 'cancel';
  { a: skip() }
