function(ctx)
  assert std.length(ctx.identity.id) > 0
  'sent'
