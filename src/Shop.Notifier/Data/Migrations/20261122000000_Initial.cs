using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Notifier.Data.Migrations;

[DbContext(typeof(NotifierDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(NotifierDbContext.Schema);
        migrationBuilder.CreateTable(
            name: "deliveries",
            schema: NotifierDbContext.Schema,
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                telegram_message_id = table.Column<int>(type: "integer", nullable: true),
                completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_deliveries", x => x.message_id));
        migrationBuilder.CreateTable(
            name: "unreachable_chats",
            schema: NotifierDbContext.Schema,
            columns: table => new
            {
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_unreachable_chats", x => x.chat_id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "unreachable_chats", schema: NotifierDbContext.Schema);
        migrationBuilder.DropTable(name: "deliveries", schema: NotifierDbContext.Schema);
    }
}
