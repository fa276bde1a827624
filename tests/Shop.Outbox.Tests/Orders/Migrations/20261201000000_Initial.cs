using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Messaging.Outbox;

namespace Shop.Outbox.Tests.Orders.Migrations;

[DbContext(typeof(OutboxTestDbContext))]
[Migration("20261201000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(OutboxTestDbContext.Schema);
        migrationBuilder.CreateTable(
            name: "test_orders",
            schema: OutboxTestDbContext.Schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                item = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_test_orders", x => x.id));
        migrationBuilder.CreateTransactionalOutbox(OutboxTestDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "outbox_message", schema: OutboxTestDbContext.Schema);
        migrationBuilder.DropTable(name: "inbox_state", schema: OutboxTestDbContext.Schema);
        migrationBuilder.DropTable(name: "test_orders", schema: OutboxTestDbContext.Schema);
    }
}
