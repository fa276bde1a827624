using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Messaging;

namespace Shop.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261201000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(CatalogDbContext.Schema);
        // Search: trigram similarity over accent-free lower-case text. unaccent() is only STABLE (it reads a dictionary),
        // so the catalog wraps it, with the dictionary named, in a function it may call anywhere an immutable one is needed.
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;");
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;");
        migrationBuilder.Sql($"""
            CREATE FUNCTION {CatalogDbContext.Schema}.search_text(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
            """);

        migrationBuilder.CreateTable(
            name: "categories",
            schema: CatalogDbContext.Schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                title = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                position = table.Column<int>(type: "integer", nullable: false),
                active = table.Column<bool>(type: "boolean", nullable: false),
                version = table.Column<long>(type: "bigint", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_categories", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_categories_position", schema: CatalogDbContext.Schema, table: "categories", column: "position");

        migrationBuilder.CreateTable(
            name: "products",
            schema: CatalogDbContext.Schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                category_id = table.Column<Guid>(type: "uuid", nullable: false),
                title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                price_minor = table.Column<long>(type: "bigint", nullable: false),
                currency = table.Column<string>(type: "character(3)", nullable: false),
                photo_file_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                stock = table.Column<int>(type: "integer", nullable: false),
                active = table.Column<bool>(type: "boolean", nullable: false),
                position = table.Column<int>(type: "integer", nullable: false),
                version = table.Column<long>(type: "bigint", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_products", x => x.id);
                table.ForeignKey(
                    name: "fk_products_categories_category_id",
                    column: x => x.category_id,
                    principalSchema: CatalogDbContext.Schema,
                    principalTable: "categories",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
                table.CheckConstraint("ck_products_stock", "stock >= 0");
                table.CheckConstraint("ck_products_price_minor", "price_minor >= 0");
            });
        migrationBuilder.CreateIndex(name: "ix_products_category_id_position", schema: CatalogDbContext.Schema, table: "products",
            columns: ["category_id", "position"]);

        migrationBuilder.CreateTable(
            name: "owner_conversations",
            schema: CatalogDbContext.Schema,
            columns: table => new
            {
                owner_id = table.Column<long>(type: "bigint", nullable: false),
                step = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                product_id = table.Column<Guid>(type: "uuid", nullable: true),
                category_id = table.Column<Guid>(type: "uuid", nullable: true),
                draft_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                draft_description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                draft_photo_file_id = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                draft_price_minor = table.Column<long>(type: "bigint", nullable: true),
                draft_stock = table.Column<int>(type: "integer", nullable: true),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_owner_conversations", x => x.owner_id));

        migrationBuilder.CreateTable(
            name: "search_prompts",
            schema: CatalogDbContext.Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                asked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_search_prompts", x => x.user_id));

        migrationBuilder.CreateInbox(CatalogDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "inbox", schema: CatalogDbContext.Schema);
        migrationBuilder.DropTable(name: "search_prompts", schema: CatalogDbContext.Schema);
        migrationBuilder.DropTable(name: "owner_conversations", schema: CatalogDbContext.Schema);
        migrationBuilder.DropTable(name: "products", schema: CatalogDbContext.Schema);
        migrationBuilder.DropTable(name: "categories", schema: CatalogDbContext.Schema);
        migrationBuilder.Sql($"DROP FUNCTION {CatalogDbContext.Schema}.search_text(text);");
    }
}
