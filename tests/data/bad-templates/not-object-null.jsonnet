function(ctx) null
