using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Messaging.IntegrationTests.Counter.Migrations;

[DbContext(typeof(CounterDbContext))]
[Migration("20261201000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(CounterDbContext.Schema);
        migrationBuilder.CreateTable(
            name: "counters",
            schema: CounterDbContext.Schema,
            columns: table => new
            {
                correlation_id = table.Column<Guid>(type: "uuid", nullable: false),
                current_state = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                count = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_counters", x => x.correlation_id));
        migrationBuilder.CreateIndex(name: "ix_counters_label", schema: CounterDbContext.Schema, table: "counters", column: "label");
        migrationBuilder.CreateInbox(CounterDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "inbox", schema: CounterDbContext.Schema);
        migrationBuilder.DropTable(name: "counters", schema: CounterDbContext.Schema);
    }
}
