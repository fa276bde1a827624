namespace Shop.Messaging.Tests;

public sealed class When_deriving_message_ids
{
    [Fact]
    public void The_same_update_always_gets_the_same_id()
    {
        Assert.Equal(MessageIds.ForUpdate(123, 456), MessageIds.ForUpdate(123, 456));
    }

    [Fact]
    public void Different_updates_or_bots_get_different_ids()
    {
        var ids = new[] { MessageIds.ForUpdate(1, 1), MessageIds.ForUpdate(1, 2), MessageIds.ForUpdate(2, 1), MessageIds.ForUpdate(11, 1) };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Each_purpose_of_one_parent_gets_its_own_stable_id()
    {
        var parent = Guid.NewGuid();

        Assert.Equal(MessageIds.Derive(parent, "view"), MessageIds.Derive(parent, "view"));
        Assert.NotEqual(MessageIds.Derive(parent, "view"), MessageIds.Derive(parent, "answer"));
        Assert.NotEqual(MessageIds.Derive(parent, "view"), MessageIds.Derive(Guid.NewGuid(), "view"));
    }

    [Fact]
    public void Derived_ids_are_version_5_uuids()
    {
        var id = MessageIds.Derive(Guid.NewGuid(), "x").ToString();

        Assert.Equal('5', id[14]);
        Assert.Contains(id[19], "89ab");
    }
}
