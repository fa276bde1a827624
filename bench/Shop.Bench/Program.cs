using Shop.Bench;

if (!BenchOptions.TryParse(args, out var options, out var problem))
{
    Console.Error.WriteLine(problem);
    return problem == BenchOptions.Usage ? 0 : 2;
}
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C ends the run early but still cleans up the vhost and database.
    e.Cancel = true;
    cancel.Cancel();
};
return await BenchmarkRun.RunAsync(options, cancel.Token);
