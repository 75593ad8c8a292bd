function(ctx)
  local o = { a: self.b, b: self.a };
  { x: o.a }
