using Microsoft.Extensions.Options;
using Shop.Telegram;

namespace Shop.Ingress;

/// <summary>The bot's own id and username, so commands addressed to another bot (<c>/start@other_bot</c>) are not taken.</summary>
public sealed class BotIdentity(BotApiClient bot, IOptions<TelegramOptions> options, ILogger<BotIdentity> logger)
{
    string? _username;

    public long BotId => options.Value.BotId;

    /// <summary>Asks Telegram once; until it has answered, commands are read as addressed to this bot.</summary>
    public async ValueTask<string?> GetUsernameAsync(CancellationToken cancellationToken)
    {
        if (_username is not null) return _username;
        try
        {
            var me = await bot.GetMeAsync(new GetMeRequest(), cancellationToken);
            return _username = me.Username;
        }
        catch (Exception e) when (e is TelegramApiException or TelegramTransportException or TaskCanceledException)
        {
            logger.LogWarning("getMe failed ({Reason}); reading commands as addressed to this bot", e.Message);
            return null;
        }
    }
}
