using SgGrid.Domain.Addresses;

namespace SgGrid.Domain.Tests;

/// <summary>The dependency arrows of style.md: the domain references nothing of ours and no Orleans, no ASP.NET.</summary>
public class ArchitectureTests
{
    [Fact]
    public void Domain_References_OnlyTheFramework()
    {
        var references = typeof(IpCidr).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToArray();
        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard" || name == "mscorlib",
            $"SgGrid.Domain references {name}"));
    }
}
