using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Notifier.Data.Migrations;

[DbContext(typeof(NotifierDbContext))]
[Migration("20261207000000_SendAttempts")]
public sealed class SendAttempts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "send_attempts",
            schema: NotifierDbContext.Schema,
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                after_message_id = table.Column<int>(type: "integer", nullable: true),
                attempted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_send_attempts", x => x.message_id));
        migrationBuilder.CreateIndex(
            name: "ix_deliveries_chat_id_telegram_message_id",
            schema: NotifierDbContext.Schema,
            table: "deliveries",
            columns: ["chat_id", "telegram_message_id"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "ix_deliveries_chat_id_telegram_message_id", schema: NotifierDbContext.Schema, table: "deliveries");
        migrationBuilder.DropTable(name: "send_attempts", schema: NotifierDbContext.Schema);
    }
}
