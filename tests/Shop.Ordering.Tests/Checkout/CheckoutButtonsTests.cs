using System.Text;
using Shop.Ordering.Checkout;

namespace Shop.Ordering.Tests.Checkout;

public sealed class When_reading_checkout_buttons
{
    static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static TheoryData<string, CheckoutPressKind, CheckoutStep?> Written => new()
    {
        { CheckoutButtons.Continue(Id), CheckoutPressKind.Continue, CheckoutStep.Summary },
        { CheckoutButtons.UseSaved(Id), CheckoutPressKind.UseSaved, CheckoutStep.Summary },
        { CheckoutButtons.UseTelegramName(Id), CheckoutPressKind.UseTelegramName, CheckoutStep.Name },
        { CheckoutButtons.Keep(Id, CheckoutStep.Name), CheckoutPressKind.Keep, CheckoutStep.Name },
        { CheckoutButtons.Keep(Id, CheckoutStep.Address), CheckoutPressKind.Keep, CheckoutStep.Address },
        { CheckoutButtons.Keep(Id, CheckoutStep.Comment), CheckoutPressKind.Keep, CheckoutStep.Comment },
        { CheckoutButtons.ChooseDelivery(Id), CheckoutPressKind.ChooseDelivery, CheckoutStep.Delivery },
        { CheckoutButtons.ChoosePickup(Id), CheckoutPressKind.ChoosePickup, CheckoutStep.Delivery },
        { CheckoutButtons.SkipComment(Id), CheckoutPressKind.SkipComment, CheckoutStep.Comment },
        { CheckoutButtons.Confirm(Id), CheckoutPressKind.Confirm, CheckoutStep.Confirm },
        { CheckoutButtons.Change(Id), CheckoutPressKind.Change, CheckoutStep.Confirm },
        { CheckoutButtons.Back(Id, CheckoutStep.Name), CheckoutPressKind.Back, CheckoutStep.Name },
        { CheckoutButtons.Back(Id, CheckoutStep.Delivery), CheckoutPressKind.Back, CheckoutStep.Delivery },
        { CheckoutButtons.Back(Id, CheckoutStep.Address), CheckoutPressKind.Back, CheckoutStep.Address },
        { CheckoutButtons.Back(Id, CheckoutStep.Comment), CheckoutPressKind.Back, CheckoutStep.Comment },
        { CheckoutButtons.Back(Id, CheckoutStep.Confirm), CheckoutPressKind.Back, CheckoutStep.Confirm },
        { CheckoutButtons.Cancel(Id), CheckoutPressKind.Cancel, null },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Every_button_written_reads_back_as_itself(string data, CheckoutPressKind kind, CheckoutStep? step)
    {
        Assert.True(CheckoutButtons.TryParse(data, out var press));
        Assert.Equal(new CheckoutPress(kind, Id, step), press);
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void Every_button_fits_telegrams_64_bytes_and_the_ordering_prefix(string data, CheckoutPressKind kind, CheckoutStep? step)
    {
        _ = (kind, step);
        Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64);
        Assert.StartsWith("o:co:", data);
    }

    [Theory]
    [InlineData("o:co:ok")]
    [InlineData("o:co:ok:")]
    [InlineData("o:co:ok:0f8fad5bd9cb469fa16570867728950")]
    [InlineData("o:co:ok:0f8fad5bd9cb469fa16570867728950e0")]
    [InlineData("o:co:ok:0F8FAD5BD9CB469FA16570867728950E")]
    [InlineData("o:co:ok:0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("o:co:ok:{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("o:co:ok:00000000000000000000000000000000")]
    [InlineData("o:co:ok:0f8fad5bd9cb469fa16570867728950e:x")]
    [InlineData("o:co:OK:0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("o:co:ok: 0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("o:co:back:0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("o:co:back:0f8fad5bd9cb469fa16570867728950e:summary")]
    [InlineData("o:co:back:0f8fad5bd9cb469fa16570867728950e:Name")]
    [InlineData("o:co:back:0f8fad5bd9cb469fa16570867728950e:7")]
    [InlineData("o:co:keep:0f8fad5bd9cb469fa16570867728950e:confirm")]
    [InlineData("o:co:keep:0f8fad5bd9cb469fa16570867728950e:phone")]
    [InlineData("o:co:pay:0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("o:co::0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("o:xx:ok:0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("k:co:ok:0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("o:co:x:0f8fad5bd9cb469fa16570867728950e:extra")]
    [InlineData("")]
    [InlineData(":::::")]
    public void Forged_or_garbled_data_is_refused(string data) => Assert.False(CheckoutButtons.TryParse(data, out _));
}
