using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Docs;

/// <summary>
/// README's table of the actions served is generated from the running endpoint's action catalog: this test fails when
/// the table is stale. <c>SGGRID_UPDATE_README=1 dotnet test --filter ActionTableTests</c> rewrites it.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class ActionTableTests(ApiHostFixture host)
{
    public const string Begin = "<!-- actions:begin (generated from the action catalog by tests/SgGrid.Api.Tests/Docs/ActionTableTests.cs) -->";
    public const string End = "<!-- actions:end -->";

    [Fact]
    public void ReadmeActionTable_ListsEveryActionTheEndpointServes()
    {
        var catalog = host.Services.GetRequiredService<RpcActionCatalog>();
        var path = Path.Combine(RepositoryPaths.Root, "README.md");
        var readme = File.ReadAllText(path);
        var table = Table(catalog);
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no action table between {Begin} and {End}.");

        var current = readme[(start + Begin.Length)..end];
        if (current != table && Environment.GetEnvironmentVariable("SGGRID_UPDATE_README") == "1")
        {
            File.WriteAllText(path, readme[..(start + Begin.Length)] + table + readme[end..]);
            return;
        }

        Assert.True(current == table,
            "README.md's action table is stale; run SGGRID_UPDATE_README=1 dotnet test tests/SgGrid.Api.Tests --filter ActionTableTests. Expected:\n" + table);
    }

    /// <summary>One row per product and version: how many actions, and their names in order.</summary>
    public static string Table(RpcActionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder("\n| Product | Version | Actions | Names |\n|---|---|---:|---|\n");
        foreach (var group in catalog.Actions.GroupBy(a => a.Version).OrderBy(g => Order(g.Key)))
        {
            var product = ApiVersions.ProductOf(group.Key) switch
            {
                "ecs" => "ECS",
                "vpc" => "VPC",
                _ => "SgGrid",
            };
            var names = string.Join(", ", group.Select(a => a.Name).Order(StringComparer.Ordinal));
            text.Append($"| {product} | `{group.Key}` | {group.Count()} | {names} |\n");
        }

        return text.ToString();
    }

    private static int Order(string version) => version switch
    {
        ApiVersions.Ecs => 0,
        ApiVersions.Vpc => 1,
        _ => 2,
    };
}
