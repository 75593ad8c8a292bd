function(ctx)
  if true then
    error 'Cancel'
  else {}
