using System.Reflection;
using System.Text.RegularExpressions;
using Shop.Access.Requests;
using Shop.Access.Texts;

namespace Shop.Access.Tests;

public sealed class When_the_access_worker_speaks_russian
{
    static readonly PropertyInfo[] Strings =
        typeof(AccessTexts).GetProperties().Where(p => p.PropertyType == typeof(string)).ToArray();

    [Theory]
    [InlineData("ru", true)]
    [InlineData("ru-RU", true)]
    [InlineData("en", false)]
    [InlineData("uk", false)]
    [InlineData(null, false)]
    public void Telegrams_language_code_picks_the_texts(string? code, bool russian) =>
        Assert.Same(russian ? AccessTexts.Russian : AccessTexts.English, AccessTexts.For(code));

    [Fact]
    public void Every_text_is_translated_with_the_same_placeholders()
    {
        foreach (var property in Strings)
        {
            var english = (string)property.GetValue(AccessTexts.English)!;
            var russian = (string)property.GetValue(AccessTexts.Russian)!;
            Assert.False(string.IsNullOrWhiteSpace(russian), property.Name);
            if (property.Name is not (nameof(AccessTexts.DateFormat) or nameof(AccessTexts.RequestLine)))
                Assert.True(english != russian, $"{property.Name} is not translated");
            Assert.Equal(Placeholders(english), Placeholders(russian));
        }
    }

    [Fact]
    public void A_rejection_tells_a_russian_user_why_and_when_in_russian()
    {
        var user = new AccessState { UserId = 2001, Name = "Анна", Reason = "Только для членов клуба" };

        var notice = AccessViews.RejectedNotice(user, AccessTexts.Russian, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("😔 Ваш запрос на доступ отклонён.\nПричина: Только для членов клуба\nСпросить снова можно с 2 мар. 2026.", notice.Text);
    }

    static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
}
