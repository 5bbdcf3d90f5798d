// Brazilian names, cities and streets for the demo shop (common, not real people).
export const FEMALE = ['Maria', 'Ana', 'Francisca', 'Antônia', 'Adriana', 'Juliana', 'Márcia', 'Fernanda', 'Patrícia', 'Aline', 'Sandra', 'Camila', 'Amanda', 'Bruna', 'Jéssica', 'Letícia', 'Júlia', 'Luciana', 'Vanessa', 'Mariana', 'Gabriela', 'Vera', 'Vitória', 'Larissa', 'Cláudia', 'Beatriz', 'Luana', 'Rita', 'Sônia', 'Renata', 'Eliane', 'Josefa', 'Simone', 'Natália', 'Raimunda', 'Cristiane', 'Carla', 'Débora', 'Rosângela', 'Tatiane', 'Conceição', 'Regina', 'Lúcia', 'Helena', 'Alessandra', 'Daniela', 'Rosa', 'Terezinha', 'Kelly', 'Michele'];
export const MALE = ['José', 'João', 'Antônio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Luiz', 'Marcos', 'Luís', 'Gabriel', 'Rafael', 'Daniel', 'Marcelo', 'Bruno', 'Eduardo', 'Felipe', 'Raimundo', 'Rodrigo', 'Manoel', 'Mateus', 'André', 'Fernando', 'Fábio', 'Leonardo', 'Gustavo', 'Guilherme', 'Leandro', 'Tiago', 'Anderson', 'Ricardo', 'Márcio', 'Jorge', 'Sebastião', 'Alexandre', 'Roberto', 'Edson', 'Diego', 'Vitor', 'Sérgio', 'Cláudio', 'Severino', 'Júlio', 'Renato', 'Joaquim', 'Benedito', 'Wellington', 'Adriano', 'Reginaldo'];
export const SURNAMES = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira', 'Araújo', 'Conceição', 'Monteiro', 'Moura', 'Cavalcanti', 'Pinto', 'Correia', 'Batista', 'Campos', 'Azevedo', 'Nogueira', 'Brito', 'Farias', 'Aragão', 'Queiroz'];
export const COMPANY_WORDS = ['Comercial', 'Mercearia', 'Oficina', 'Padaria', 'Construtora', 'Distribuidora', 'Ateliê', 'Lanchonete', 'Salão', 'Papelaria'];

export interface City {
  name: string;
  uf: string;
  ddd: string;
  cep: string;
  districts: readonly string[];
}

export const CITIES: readonly City[] = [
  { name: 'São Paulo', uf: 'SP', ddd: '11', cep: '0', districts: ['Mooca', 'Tatuapé', 'Penha', 'Itaquera', 'Santana', 'Lapa', 'Ipiranga', 'Vila Prudente'] },
  { name: 'Guarulhos', uf: 'SP', ddd: '11', cep: '07', districts: ['Centro', 'Vila Galvão', 'Pimentas', 'Bonsucesso'] },
  { name: 'Campinas', uf: 'SP', ddd: '19', cep: '13', districts: ['Cambuí', 'Taquaral', 'Barão Geraldo', 'Centro'] },
  { name: 'Rio de Janeiro', uf: 'RJ', ddd: '21', cep: '2', districts: ['Madureira', 'Méier', 'Campo Grande', 'Bangu', 'Tijuca'] },
  { name: 'Belo Horizonte', uf: 'MG', ddd: '31', cep: '3', districts: ['Savassi', 'Venda Nova', 'Barreiro', 'Pampulha'] },
  { name: 'Salvador', uf: 'BA', ddd: '71', cep: '4', districts: ['Liberdade', 'Itapuã', 'Brotas', 'Cajazeiras'] },
  { name: 'Recife', uf: 'PE', ddd: '81', cep: '5', districts: ['Boa Viagem', 'Casa Amarela', 'Afogados', 'Várzea'] },
  { name: 'Fortaleza', uf: 'CE', ddd: '85', cep: '6', districts: ['Messejana', 'Aldeota', 'Montese', 'Parangaba'] },
  { name: 'Belém', uf: 'PA', ddd: '91', cep: '66', districts: ['Marco', 'Guamá', 'Pedreira', 'Jurunas'] },
  { name: 'Manaus', uf: 'AM', ddd: '92', cep: '69', districts: ['Cidade Nova', 'Adrianópolis', 'Compensa', 'Japiim'] },
  { name: 'Goiânia', uf: 'GO', ddd: '62', cep: '74', districts: ['Setor Bueno', 'Campinas', 'Setor Oeste', 'Jardim América'] },
  { name: 'Curitiba', uf: 'PR', ddd: '41', cep: '8', districts: ['Boqueirão', 'Portão', 'Cajuru', 'Água Verde'] },
  { name: 'Porto Alegre', uf: 'RS', ddd: '51', cep: '9', districts: ['Partenon', 'Sarandi', 'Restinga', 'Menino Deus'] },
  { name: 'São Luís', uf: 'MA', ddd: '98', cep: '65', districts: ['Cohama', 'Turu', 'Anil', 'Centro'] },
  { name: 'Natal', uf: 'RN', ddd: '84', cep: '59', districts: ['Alecrim', 'Lagoa Nova', 'Ponta Negra', 'Rocas'] },
  { name: 'Teresina', uf: 'PI', ddd: '86', cep: '64', districts: ['Dirceu', 'Centro', 'Mocambinho', 'Piçarra'] },
  { name: 'Campo Grande', uf: 'MS', ddd: '67', cep: '79', districts: ['Centro', 'Coophavila', 'Tiradentes', 'Aero Rancho'] },
  { name: 'Uberlândia', uf: 'MG', ddd: '34', cep: '384', districts: ['Santa Mônica', 'Tibery', 'Luizote', 'Centro'] },
];

export const STREETS = ['Rua das Flores', 'Rua São José', 'Avenida Brasil', 'Rua Sete de Setembro', 'Rua Tiradentes', 'Rua XV de Novembro', 'Rua Dom Pedro II', 'Avenida Getúlio Vargas', 'Rua Santa Luzia', 'Rua da Paz', 'Travessa Boa Vista', 'Rua Rui Barbosa', 'Rua Castro Alves', 'Avenida Santos Dumont', 'Rua Frei Caneca', 'Rua Duque de Caxias', 'Rua Marechal Deodoro', 'Rua Osvaldo Cruz'];
export const ITEMS = ['Geladeira', 'Fogão 4 bocas', 'Televisão 43"', 'Guarda-roupa', 'Colchão casal', 'Sofá 3 lugares', 'Celular', 'Máquina de lavar', 'Jogo de panelas', 'Ventilador', 'Bicicleta', 'Uniforme escolar', 'Tênis', 'Roupas', 'Material de construção', 'Óculos', 'Micro-ondas', 'Cama box', 'Notebook', 'Ferramentas'];
export const TAB_ITEMS = ['Pão e leite', 'Compras do mês', 'Carne', 'Gás de cozinha', 'Arroz e feijão', 'Frutas e verduras', 'Produtos de limpeza', 'Remédios', 'Bebidas', 'Frios'];
export const RESPONSIBLES = ['Ana', 'Carlos', 'Dona Cida', 'Rafael'];
