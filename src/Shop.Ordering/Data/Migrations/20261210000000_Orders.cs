using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Messaging.Outbox;

namespace Shop.Ordering.Data.Migrations;

[DbContext(typeof(OrderingDbContext))]
[Migration("20261210000000_Orders")]
public sealed class Orders : Migration
{
    const string Schema = OrderingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateSequence<int>(OrderingDbContext.NumberSequence, schema: Schema, startValue: OrderingDbContext.FirstNumber);
        migrationBuilder.CreateTable(
            name: "orders",
            schema: Schema,
            columns: table => new
            {
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                number = table.Column<int>(type: "integer", nullable: false),
                customer_id = table.Column<long>(type: "bigint", nullable: false),
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                customer_username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                total_minor = table.Column<long>(type: "bigint", nullable: false),
                lines = table.Column<string>(type: "jsonb", nullable: false),
                contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                handled_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                alert_chats = table.Column<List<long>>(type: "bigint[]", nullable: false),
                history = table.Column<string>(type: "jsonb", nullable: false),
                acceptance_timeout_token_id = table.Column<Guid>(type: "uuid", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_orders", x => x.order_id));
        migrationBuilder.CreateIndex(name: "ux_orders_number", schema: Schema, table: "orders", column: "number", unique: true);
        migrationBuilder.CreateIndex(name: "ix_orders_customer", schema: Schema, table: "orders", columns: ["customer_id", "submitted_at"]);
        migrationBuilder.CreateIndex(name: "ix_orders_status", schema: Schema, table: "orders", columns: ["status", "submitted_at"]);
        migrationBuilder.CreateTable(
            name: "staff_prompts",
            schema: Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                asked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_staff_prompts", x => x.user_id));
        migrationBuilder.CreateTransactionalOutbox(Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "outbox_message", schema: Schema);
        migrationBuilder.DropTable(name: "inbox_state", schema: Schema);
        migrationBuilder.DropTable(name: "staff_prompts", schema: Schema);
        migrationBuilder.DropTable(name: "orders", schema: Schema);
        migrationBuilder.DropSequence(OrderingDbContext.NumberSequence, schema: Schema);
    }
}
