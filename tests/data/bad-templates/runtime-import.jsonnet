function(ctx)
  local lib = import 'mail.libsonnet';
  { subject: lib.subject }
