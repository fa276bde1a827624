namespace Shop.Storefront.Routing;

/// <summary>What a conversation handler takes from the user while it holds their conversation.</summary>
[Flags]
public enum InputKinds
{
    None = 0,
    Text = 1,
    Photo = 2,
    Contact = 4,

    /// <summary><c>/cancel</c>, which leaves the dialogue.</summary>
    Cancel = 8,
}
