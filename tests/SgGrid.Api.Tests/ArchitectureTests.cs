using SgGrid.Api.Ecs.Signatures;

namespace SgGrid.Api.Tests;

/// <summary>The dependency arrows of style.md: the API edge talks to grains only through their abstractions.</summary>
public class ArchitectureTests
{
    [Fact]
    public void Api_DoesNotReference_GrainsOrSilo()
    {
        var references = typeof(SignatureVerifier).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToArray();

        Assert.DoesNotContain("SgGrid.Grains", references);
        Assert.DoesNotContain("SgGrid.Silo", references);
    }
}
