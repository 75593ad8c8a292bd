function(ctx)
  error 'cancelled: no newsletter consent'
