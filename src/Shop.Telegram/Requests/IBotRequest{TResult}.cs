namespace Shop.Telegram;

/// <summary>A Bot API call whose successful result is a <typeparamref name="TResult"/>.</summary>
public interface IBotRequest<TResult> : IBotRequest
{
}
