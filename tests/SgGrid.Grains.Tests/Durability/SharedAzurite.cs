namespace SgGrid.Grains.Tests.Durability;

/// <summary>The xunit collection that shares one <see cref="AzuriteFixture"/> (one install, one emulator) among the durability tests.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}
