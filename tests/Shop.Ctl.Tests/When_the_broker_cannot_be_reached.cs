using Shop.Testing;

namespace Shop.Ctl.Tests;

public sealed class When_the_broker_cannot_be_reached
{
    const string Password = "hunter2-secret";

    static async Task<(int ExitCode, string Output)> Run(params string[] args)
    {
        var console = new CapturedConsole();
        var code = await ShopCtl.RunAsync(args, console);
        return (code, console.Output);
    }

    [Fact]
    public async Task An_unreachable_management_api_is_one_line_without_the_password()
    {
        var (code, output) = await Run("dlq", "list", "--management", $"http://guest:{Password}@127.0.0.1:1");

        Assert.Equal(ExitCodes.BrokerUnreachable, code);
        Assert.Equal($"shopctl: cannot reach the RabbitMQ management API at http://guest:***@127.0.0.1:1/: Connection refused", output.Trim());
        Assert.DoesNotContain(Password, output);
    }

    [Fact]
    public async Task An_unreachable_amqp_port_is_one_line_without_the_password()
    {
        var (code, output) = await Run("dlq", "list", "--amqp", $"amqp://guest:{Password}@127.0.0.1:1/",
            "--management", TestEnvironment.RabbitMqManagement.ToString());

        Assert.Equal(ExitCodes.BrokerUnreachable, code);
        Assert.StartsWith("shopctl: cannot reach RabbitMQ at amqp://guest:***@127.0.0.1:1/", output);
        Assert.Single(output.Trim().Split('\n'));
        Assert.DoesNotContain(Password, output);
    }

    [Fact]
    public async Task A_wrong_amqp_password_is_reported_as_such()
    {
        var amqp = new UriBuilder(TestEnvironment.RabbitMq) { Password = Password }.Uri.ToString();

        var (code, output) = await Run("dlq", "list", "--amqp", amqp, "--management", TestEnvironment.RabbitMqManagement.ToString());

        Assert.Equal(ExitCodes.BrokerUnreachable, code);
        Assert.Contains("refused the user name or password", output);
        Assert.DoesNotContain(Password, output);
    }

    [Fact]
    public async Task A_wrong_management_password_is_reported_as_such()
    {
        var management = new UriBuilder(TestEnvironment.RabbitMqManagement) { Password = Password }.Uri.ToString();

        var (code, output) = await Run("dlq", "list", "--management", management);

        Assert.Equal(ExitCodes.BrokerUnreachable, code);
        Assert.Contains("refused the user name or password (401)", output);
        Assert.DoesNotContain(Password, output);
    }

    [Fact]
    public async Task A_virtual_host_that_does_not_exist_is_not_found()
    {
        var amqp = new UriBuilder(TestEnvironment.RabbitMq) { Path = "/no-such-vhost" }.Uri.ToString();

        var (code, output) = await Run("dlq", "list", "--amqp", amqp, "--management", TestEnvironment.RabbitMqManagement.ToString());

        Assert.Equal(ExitCodes.NotFound, code);
        Assert.Equal("shopctl: virtual host 'no-such-vhost' does not exist", output.Trim());
    }
}
