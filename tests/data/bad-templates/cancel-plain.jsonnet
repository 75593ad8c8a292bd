function(ctx)
  error 'cancel'
