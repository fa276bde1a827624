using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Notifier.Data.Migrations;

[DbContext(typeof(NotifierDbContext))]
[Migration("20261201000000_TaggedMessages")]
public sealed class TaggedMessages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "tagged_messages",
            schema: NotifierDbContext.Schema,
            columns: table => new
            {
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                tag = table.Column<string>(type: "text", nullable: false),
                telegram_message_id = table.Column<int>(type: "integer", nullable: false),
                sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_tagged_messages", x => new { x.chat_id, x.tag }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "tagged_messages", schema: NotifierDbContext.Schema);
    }
}
