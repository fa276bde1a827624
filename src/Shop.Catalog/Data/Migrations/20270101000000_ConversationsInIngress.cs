using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Catalog.Data.Migrations;

/// <summary>Who holds a user's text is now recorded once, by the Ingress; the catalog's copy of other workers' claims goes.</summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20270101000000_ConversationsInIngress")]
public sealed class ConversationsInIngress : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "input_elsewhere", schema: CatalogDbContext.Schema);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "input_elsewhere",
            schema: CatalogDbContext.Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                worker = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_input_elsewhere", x => x.user_id));
}
