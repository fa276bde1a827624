using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261220000000_TextInputClaims")]
public sealed class TextInputClaims : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
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

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "input_elsewhere", schema: CatalogDbContext.Schema);
}
