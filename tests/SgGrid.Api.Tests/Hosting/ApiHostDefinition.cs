namespace SgGrid.Api.Tests.Hosting;

/// <summary>The tests that share the one <see cref="ApiHostFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ApiHostDefinition : ICollectionFixture<ApiHostFixture>
{
    public const string Name = "api-host";
}
