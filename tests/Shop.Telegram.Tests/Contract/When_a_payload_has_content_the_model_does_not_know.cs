using System.Text.Json;

namespace Shop.Telegram.Tests;

public sealed class When_a_payload_has_content_the_model_does_not_know
{
    [Fact]
    public void An_unknown_update_kind_is_kept_in_the_extension_data()
    {
        var update = Read<Update>("""{"update_id":7,"message_reaction":{"chat":{"id":1,"type":"private"},"message_id":3}}""");

        Assert.Equal(7, update.UpdateId);
        Assert.Null(update.Message);
        Assert.True(update.ExtensionData?.ContainsKey("message_reaction"));
    }

    [Fact]
    public void Unknown_fields_inside_known_objects_are_ignored()
    {
        var update = Read<Update>("""
            {"update_id":8,"message":{"message_id":1,"date":5,"chat":{"id":2,"type":"private","is_forum":false,"future":{"a":[1]}},
             "text":"hi","rich_message":{"blocks":[]},"paid_star_count":3}}
            """);

        Assert.Equal("hi", update.Message?.Text);
        Assert.Equal(2, update.Message?.Chat.Id);
    }

    [Fact]
    public void Explicit_nulls_leave_optional_parts_empty()
    {
        var update = Read<Update>("""{"update_id":9,"message":null,"callback_query":null,"edited_message":{"message_id":4,"date":1,"chat":{"id":3,"type":"group","title":null},"text":null,"entities":null,"from":null}}""");

        Assert.Null(update.Message);
        Assert.Null(update.EditedMessage?.Text);
        Assert.Null(update.EditedMessage?.Chat.Title);
    }

    [Fact]
    public void Numbers_sent_as_strings_are_read()
    {
        var update = Read<Update>("""{"update_id":"10","message":{"message_id":"5","date":1,"chat":{"id":"-1001234567890","type":"supergroup"}}}""");

        Assert.Equal(10, update.UpdateId);
        Assert.Equal(-1001234567890, update.Message?.Chat.Id);
    }

    [Fact]
    public void A_list_of_updates_with_a_future_kind_is_read_whole()
    {
        var response = Read<ApiResponse<IReadOnlyList<Update>>>("""
            {"ok":true,"result":[{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"a"}},
             {"update_id":2,"purchased_paid_media":{"from":{"id":1,"is_bot":false,"first_name":"A"},"paid_media_payload":"p"}}]}
            """);

        Assert.Equal([1L, 2L], response.Result!.Select(update => update.UpdateId));
    }

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, TelegramJson.Options)!;
}
