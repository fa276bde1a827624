using Npgsql;
using Shop.Testing;

namespace Shop.Messaging.IntegrationTests;

/// <summary>The start-up check against the real PostgreSQL: each way a worker cannot use it is one line naming the setting.</summary>
public sealed class When_the_database_cannot_be_used
{
    static string With(Action<NpgsqlConnectionStringBuilder> change)
    {
        var settings = new NpgsqlConnectionStringBuilder(TestEnvironment.Postgres);
        change(settings);
        return settings.ConnectionString;
    }

    [Fact]
    public async Task A_database_that_answers_is_no_problem() =>
        Assert.Null(await DatabaseCheck.ProblemAsync(TestEnvironment.Postgres, TimeSpan.FromSeconds(5)));

    [Fact]
    public async Task A_missing_database_is_named_with_the_setting()
    {
        var problem = await DatabaseCheck.ProblemAsync(With(s => s.Database = "no_such_shop"), TimeSpan.FromSeconds(5));

        Assert.StartsWith("database \"no_such_shop\" does not exist", problem);
        Assert.Contains("ConnectionStrings__Postgres", problem);
        Assert.DoesNotContain("\n", problem);
    }

    [Fact]
    public async Task A_wrong_password_names_the_user_and_not_the_password()
    {
        var problem = await DatabaseCheck.ProblemAsync(With(s => s.Password = "not-the-password-4711"), TimeSpan.FromSeconds(5));

        Assert.Contains("refused user", problem);
        Assert.Contains("Password= in ConnectionStrings__Postgres", problem);
        Assert.DoesNotContain("not-the-password-4711", problem);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_is_waited_for_then_named()
    {
        var problem = await DatabaseCheck.ProblemAsync(With(s => { s.Host = "127.0.0.1"; s.Port = TestHosts.FreePort(); s.Timeout = 2; }),
            TimeSpan.FromSeconds(3));

        Assert.StartsWith("no PostgreSQL answers at 127.0.0.1:", problem);
        Assert.Contains("Host= and Port= in ConnectionStrings__Postgres", problem);
    }
}
