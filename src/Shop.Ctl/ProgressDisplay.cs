using Spectre.Console;

namespace Shop.Ctl;

/// <summary>A progress bar for long moves; a handful of messages goes by without one.</summary>
public static class ProgressDisplay
{
    public const int Threshold = 10;

    /// <summary>Runs <paramref name="work"/>, which reports each message it has dealt with through the callback.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, string description, long total, Func<Action, Task<T>> work)
    {
        if (total < Threshold) return await work(() => { });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(description), maxValue: total);
                var result = await work(() => task.Increment(1));
                task.Value = task.MaxValue;
                return result;
            });
    }
}
