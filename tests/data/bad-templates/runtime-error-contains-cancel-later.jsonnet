function(ctx)
  error 'do not cancel'
